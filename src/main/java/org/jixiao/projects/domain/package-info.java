/** Pure model of a budget project: code, funding, spending plan. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.projects.domain;
