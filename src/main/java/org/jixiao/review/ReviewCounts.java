package org.jixiao.review;

/**
 * Counts for the navigation and the home page, within the reader's data scope.
 *
 * @param todo     what waits for the reader (as {@link ReviewService#todo} lists)
 * @param pending  cases under review
 * @param approved 已批复
 * @param drafts   cases in 草稿 (never submitted, withdrawn, returned or adjusted)
 */
public record ReviewCounts(int todo, long pending, long approved, long drafts) {
}
