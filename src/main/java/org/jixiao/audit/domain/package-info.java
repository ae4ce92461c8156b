/** The audit trail's pure part: actions, field-level changes and the diff of two goal tables. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.audit.domain;
