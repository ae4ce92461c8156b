package org.jixiao.checks.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jixiao.goals.domain.Indicator;

/**
 * A fingerprint of what a finding is about: the rule, the place and the content it judged. A reviewer's
 * "reviewed, keep" (已复核，保留) is stored against it, so it hides the finding only until that content changes.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(CheckedTable table, Finding finding) {
        StringBuilder text = new StringBuilder()
                .append(finding.rule()).append('|').append(finding.location().field()).append('|');
        Integer row = finding.location().row();
        if (row != null && row >= 0 && row < table.indicators().size()) {
            Indicator i = table.indicators().get(row);
            text.append(i.level1().original()).append('|').append(i.level2().original()).append('|').append(i.name())
                    .append('|').append(i.description()).append('|').append(i.value().format()).append('|')
                    .append(i.basis());
        } else {
            // a table-level finding depends on the declared project fields and the goal items
            text.append(table.project()).append('|').append(table.content().goals()).append('|')
                    .append(table.indicators().size());
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
