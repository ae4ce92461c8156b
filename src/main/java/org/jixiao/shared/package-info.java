/**
 * Pure value types used by every module: fiscal years, money, violations and the exceptions that carry
 * them. Owns no data, publishes no events, depends on nothing but the JDK.
 */
package org.jixiao.shared;
