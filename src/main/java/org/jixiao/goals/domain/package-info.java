/** Pure model of goal tables: kinds, indicators, the input parser that turns user text into typed tables. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.goals.domain;
