/** Pure model of the review workflow: subjects, chains of steps, the case state machine, events, opinions. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.review.domain;
