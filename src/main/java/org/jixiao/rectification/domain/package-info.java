/** The pure rectification domain: problem states and transitions, evidence checks, result-application rules. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.rectification.domain;
