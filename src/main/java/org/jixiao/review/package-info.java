/**
 * 审核流程: the review workflow (送审 / 初审 / 复核 / 终审 / 财政审核 / 退回 / 撤回 / 调整) for any reviewable subject,
 * with review opinions. The transitions are pure Java in {@code review.domain}; this package reads the
 * configured chains; {@link org.jixiao.review.ReviewService} persists cases, events and snapshots ({@code rev_*}) and serves the pages and API (docs/review.md).
 */
package org.jixiao.review;
