package org.jixiao.reports;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportBasicsParser;
import org.jixiao.reports.domain.ReportOutline;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit enters for its report: the basics (one record per unit-year) and the narrative sections, each under
 * optimistic locking (version 0 = not saved yet). Bad input refuses the save with every violation at once; a
 * stale version refuses it with {@link VersionConflictException}. Needs {@code goal-table:edit}; another unit is
 * not found.
 */
@Service
@Transactional
public class ReportManagement {

    /** Longest narrative, in characters. */
    public static final int MAX_NARRATIVE = 20_000;

    private final ReportAssembler assembler;
    private final ReportStore store;
    private final ReportOutlines outlines;
    private final Clock clock;

    ReportManagement(ReportAssembler assembler, ReportStore store, ReportOutlines outlines, Clock clock) {
        this.assembler = assembler;
        this.store = store;
        this.outlines = outlines;
        this.clock = clock;
    }

    /** The basics as stored, or empty (version 0). */
    @Transactional(readOnly = true)
    public ReportBasics basics(String unitCode, int year, OrgScope scope, Actor actor) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return store.basics(unit.code(), FiscalYear.of(year)).orElse(ReportBasics.empty());
    }

    /**
     * Saves the basics as typed (every field as text by {@code BasicsField.key()}; blank = not entered).
     *
     * @param version the version read (0 when none was saved yet)
     * @throws ValidationException      with every violation
     * @throws VersionConflictException when somebody saved in between
     */
    public ReportBasics saveBasics(String unitCode, int year, Map<String, String> typed, Long version, OrgScope scope,
                                   Actor actor) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        requireVersion(version);
        ReportBasics parsed = ReportBasicsParser.parse(typed, version);
        store.saveBasics(unit.code(), FiscalYear.of(year), parsed, version, actor.username(), clock.instant());
        return store.basics(unit.code(), FiscalYear.of(year)).orElseThrow();
    }

    /**
     * Saves the unit's own text of a narrative section, which from then on replaces the generated draft. An empty
     * text is refused; {@link #resetNarrative} goes back to the draft.
     */
    public void saveNarrative(String unitCode, int year, String section, String text, Long version, OrgScope scope,
                              Actor actor) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        requireVersion(version);
        section(unit, section);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new ValidationException(List.of(Violation.of("reports.section.empty", "text")));
        }
        int length = TextLimits.length(body);
        if (length > MAX_NARRATIVE) {
            throw new ValidationException(List.of(Violation.of("reports.text.tooLong", "text", "内容", MAX_NARRATIVE, length)));
        }
        store.saveNarrative(unit.code(), FiscalYear.of(year), section, body, version, actor.username(), clock.instant());
    }

    /** Deletes the unit's text of a section, so the report prints the generated draft again. */
    public void resetNarrative(String unitCode, int year, String section, Long version, OrgScope scope, Actor actor) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        requireVersion(version);
        section(unit, section);
        if (version > 0) {
            store.deleteNarrative(unit.code(), FiscalYear.of(year), section, version);
        }
    }

    private ReportOutline.Section section(OrgView unit, String key) {
        return outlines.forRegion(unit.regionCode()).narrative(key == null ? "" : key)
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("reports.section.unknown", "section",
                        key == null ? "" : key))));
    }

    private static void requireVersion(Long version) {
        if (version == null) {
            throw new ValidationException(List.of(Violation.of("version.required", "version")));
        }
        if (version < 0) {
            throw new ValidationException(List.of(Violation.of("version.invalid", "version")));
        }
    }
}
