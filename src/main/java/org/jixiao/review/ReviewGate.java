package org.jixiao.review;

import java.util.List;

import org.jixiao.orgs.OrgScope;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;

/**
 * 送审门槛: an extra source of findings that block 送审 of one kind of subject, for a module that may not sit
 * inside the subject's module (the check engine, 智能审核, which itself depends on the goal tables it checks).
 * Registered as a bean; any number per kind. Their findings are added to the provider's own.
 */
public interface ReviewGate {

    SubjectKind kind();

    /** The findings that refuse 送审 of the subject now; empty if none. */
    List<BlockingFinding> blockingFindings(long id, OrgScope scope);
}
