/**
 * Spring glue only: the clock, Chinese messages, error rendering (problem+json for {@code /api}, a Chinese page
 * otherwise) and the page layout. Owns no tables; every other module may use it.
 */
package org.jixiao.platform;
