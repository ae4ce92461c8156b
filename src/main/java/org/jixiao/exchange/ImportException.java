package org.jixiao.exchange;

import java.util.List;

/**
 * An import that cannot go on, with a Chinese reason: a file that cannot be read (400, or 413 when too large), a
 * preview with errors (400, listing them), a conflict at commit (409). Nothing has been written.
 */
public class ImportException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<ImportPreview.Problem> problems;

    public ImportException(int status, String type, String title, String detail, List<ImportPreview.Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    /** HTTP status for the API: 400, 404, 409 or 413. */
    public int status() {
        return status;
    }

    /** A short machine name of the reason (problem+json {@code type} suffix), e.g. {@code unreadable-file}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<ImportPreview.Problem> problems() {
        return problems;
    }
}
