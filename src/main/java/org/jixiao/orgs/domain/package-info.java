/** Pure model of regions and organizations: codes, kinds, the tree. */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.orgs.domain;
