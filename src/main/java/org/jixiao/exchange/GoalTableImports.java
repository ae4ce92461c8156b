package org.jixiao.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Finding;
import org.jixiao.exchange.ImportPreview.Action;
import org.jixiao.exchange.ImportPreview.Problem;
import org.jixiao.exchange.ImportPreview.Severity;
import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.exchange.ReadBook.ReadTable;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.OrgView;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports goal tables from an .xlsx in the Jixiao template, in two steps. {@link #preview} reads the whole file
 * (refusing what cannot be read at all), checks every table with {@link GoalTableManagement#validate}, places
 * every violation at its sheet, row and column, says what will be created or replaced and keeps the preview on
 * the server. {@link #commit} writes all of it in one transaction, or nothing, and only while no error remains.
 */
@Service
public class GoalTableImports {

    private static final Logger log = LoggerFactory.getLogger(GoalTableImports.class);

    private final GoalTableQueries queries;
    private final GoalTableManagement management;
    private final OrgQueries orgs;
    private final ViolationMessages messages;
    private final ImportPreviews previews;
    private final ImportCommitter committer;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final CheckQueries checkQueries;

    GoalTableImports(GoalTableQueries queries, GoalTableManagement management, OrgQueries orgs,
                     ViolationMessages messages, ImportPreviews previews, ImportCommitter committer,
                     ExchangeProperties properties, Clock clock, CheckQueries checkQueries) {
        this.checkQueries = checkQueries;
        this.queries = queries;
        this.management = management;
        this.orgs = orgs;
        this.messages = messages;
        this.previews = previews;
        this.committer = committer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The upload limit for people: "20 MB". */
    public String maxUploadSize() {
        return Sizes.format(properties.maxUploadSize().toBytes());
    }

    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /**
     * Reads an uploaded workbook into a preview, writing nothing. {@code targetUnit}/{@code targetYear}, when
     * given, replace the unit and year named in the file (e.g. to import last year's book as next year's). The unit
     * must lie inside the scope (outside it, it is reported as unknown) and the actor needs {@code goal-table:edit}.
     *
     * @throws ImportException when the file cannot be read at all (wrong type, damaged, over a limit)
     */
    public ImportPreview preview(String fileName, InputStream content, String targetUnit, Integer targetYear,
                                 Actor actor, OrgScope scope) {
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        boolean[] word = {false};
        ReadBook book = readBook(fileName, content, word);
        String where = word[0] ? "Docx" : "";
        Set<Problem> problems = new LinkedHashSet<>();
        for (ReadProblem p : book.problems()) {
            problems.add(problem(p.error() ? Severity.ERROR : Severity.WARNING, p.where(), null,
                    messages.text("exchange.problem." + p.code(), p.args().toArray())));
        }

        String unitCode = blankToNull(targetUnit);
        CellLocation unitWhere = CellLocation.FILE;
        if (unitCode == null && book.unitCode() != null) {
            unitCode = book.unitCode();
            unitWhere = book.unitCell();
        }
        OrgView unit = null;
        if (unitCode == null) {
            problems.add(problem(Severity.ERROR, book.unitCell() == null ? CellLocation.FILE : book.unitCell(), null,
                    messages.text("exchange.problem.unitMissing" + where)));
        } else {
            unit = orgs.find(unitCode, scope).orElse(null);
            if (unit == null) {
                problems.add(problem(Severity.ERROR, unitWhere, null, messages.text("exchange.problem.unitUnknown", unitCode)));
            } else if (!unit.isBudgetUnit()) {
                problems.add(problem(Severity.ERROR, unitWhere, null, messages.text("exchange.problem.unitNotBudgetUnit", unitCode)));
                unit = null;
            }
        }
        Integer year = targetYear;
        CellLocation yearWhere = CellLocation.FILE;
        if (year == null && book.year() != null) {
            yearWhere = book.yearCell();
            year = book.year().matches("\\d{4}") ? Integer.valueOf(book.year()) : null;
            if (year == null) {
                problems.add(problem(Severity.ERROR, yearWhere, null, messages.text("exchange.problem.yearInvalid", book.year())));
            }
        } else if (year == null) {
            problems.add(problem(Severity.ERROR, book.yearCell() == null ? CellLocation.FILE : book.yearCell(), null,
                    messages.text("exchange.problem.yearMissing" + where)));
        }
        if (year != null && !FiscalYear.isValid(year)) {
            problems.add(problem(Severity.ERROR, yearWhere, null, messages.text("exchange.problem.yearInvalid", year.toString())));
            year = null;
        }

        Map<String, GoalTableSummary> existingProjects = new HashMap<>();
        GoalTableSummary existingDepartment = null;
        List<GoalTableSummary> existing = unit == null || year == null ? List.of() : queries.list(unit.code(), FiscalYear.of(year), scope);
        for (GoalTableSummary s : existing) {
            if (s.kind() == GoalTableKind.DEPARTMENT) {
                existingDepartment = s;
            } else if (s.projectCode() != null) {
                existingProjects.put(s.projectCode(), s);
            }
        }

        List<ImportPreviews.Planned> planned = new ArrayList<>();
        List<ReadTable> checkable = new ArrayList<>();
        List<ParsedGoalTable> checkInputs = new ArrayList<>();
        Map<String, String> projectSheets = new HashMap<>();
        String departmentSheet = null;
        Set<Long> matched = new java.util.HashSet<>();
        for (ReadTable table : book.tables()) {
            GoalTableInput in = table.input();
            GoalTableInput input = new GoalTableInput(in.kind(), year == null ? null : year.toString(),
                    unit == null ? unitCode : unit.code(), in.projectCode(), in.projectName(), in.budgetWan(),
                    in.fiscalWan(), in.otherWan(), in.purpose(), in.spendingPlan(), in.goals(), in.indicators(), null);
            boolean valid = true;
            ParsedGoalTable parsed = null;
            try {
                parsed = management.validate(input);
            } catch (ValidationException e) {
                valid = false;
                for (Violation v : e.violations()) {
                    if (v.path().equals("unitCode") || v.path().equals("fiscalYear")) {
                        continue; // reported once for the file above
                    }
                    problems.add(problem(Severity.ERROR, table.locate(v.path()), v.path(), messages.message(v)));
                }
            }
            boolean department = GoalTableKind.DEPARTMENT.name().equals(in.kind());
            String code = department ? null : blankToNull(in.projectCode());
            if (department) {
                if (departmentSheet != null) {
                    problems.add(problem(Severity.ERROR, CellLocation.sheet(table.sheet()), null,
                            messages.text("exchange.problem.duplicateDepartment", departmentSheet)));
                    continue;
                }
                departmentSheet = table.sheet();
            } else if (code != null) {
                String first = projectSheets.putIfAbsent(code, table.sheet());
                if (first != null) {
                    problems.add(problem(Severity.ERROR, table.locate("projectCode"), "projectCode",
                            messages.text("exchange.problem.duplicateProject", code, first)));
                    continue;
                }
            }
            GoalTableSummary replaced = department ? existingDepartment : code == null ? null : existingProjects.get(code);
            if (replaced != null) {
                matched.add(replaced.id().value());
                if (replaced.locked()) {
                    // the commit would refuse it (GoalTableManagement.saveAll); say so now, at the sheet
                    problems.add(problem(Severity.ERROR, CellLocation.sheet(table.sheet()), null,
                            messages.text("exchange.problem.locked", table.sheet())));
                }
            }
            ImportPreview.Table row = new ImportPreview.Table(table.sheet(), replaced == null ? Action.CREATE : Action.REPLACE,
                    in.kind(), code, department ? GoalTableKind.DEPARTMENT.label() : blankToNull(in.projectName()),
                    valid ? wan(in.budgetWan()) : null, in.goals().size(), in.indicators().size(),
                    replaced == null ? null : replaced.id().value(), replaced == null ? null : replaced.version());
            planned.add(new ImportPreviews.Planned(input, row));
            if (valid && unit != null && year != null) {
                checkable.add(table);
                checkInputs.add(parsed);
            }
        }
        ImportPreview.Checks findings = unit == null || year == null ? ImportPreview.Checks.NONE
                : checks(unit.code(), FiscalYear.of(year), checkable, checkInputs, scope);
        List<ImportPreview.Kept> kept = existing.stream().filter(s -> !matched.contains(s.id().value()))
                .map(s -> new ImportPreview.Kept(s.id().value(), s.kind().name(), s.projectCode(),
                        s.kind() == GoalTableKind.DEPARTMENT ? GoalTableKind.DEPARTMENT.label() : s.projectName()))
                .toList();

        ImportPreview preview = new ImportPreview(UUID.randomUUID().toString(), clock.instant().plus(properties.previewTtl()),
                fileName == null || fileName.isBlank() ? "（未命名）" : fileName, unit == null ? unitCode : unit.code(),
                unit == null ? null : unit.name(), year, planned.stream().map(ImportPreviews.Planned::table).toList(), kept,
                List.copyOf(problems), findings);
        previews.put(new ImportPreviews.Pending(preview, planned, actor.userId()));
        log.info("import preview {}: {} tables, {} errors, {} warnings", preview.id(), preview.tables().size(),
                preview.errorCount(), preview.warningCount());
        return preview;
    }

    /**
     * The goal checks over the readable tables of the file, as the unit-year will be after the import; each finding
     * placed at its cell when it points at a field. Informative only: a failure of the checks leaves the preview
     * without them rather than refusing the file.
     */
    private ImportPreview.Checks checks(String unitCode, FiscalYear year, List<ReadTable> tables, List<ParsedGoalTable> inputs,
                                        OrgScope scope) {
        if (tables.isEmpty()) {
            return ImportPreview.Checks.NONE;
        }
        List<List<Finding>> found;
        try {
            found = checkQueries.previewImportParsed(unitCode, year, inputs, scope);
        } catch (RuntimeException e) {
            log.warn("import: goal checks failed on the preview", e);
            return ImportPreview.Checks.NONE;
        }
        long[] counts = new long[3];
        List<ImportPreview.TableFindings> result = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ReadTable table = tables.get(i);
            List<ImportPreview.CheckFinding> rows = new ArrayList<>();
            for (Finding f : found.get(i)) {
                counts[f.severity().ordinal()]++;
                String path = f.location().path();
                CellLocation at = path == null ? null : table.locate(path);
                boolean placed = at != null && at.row() != null;
                rows.add(new ImportPreview.CheckFinding(f.severity().name(), f.severity().label(), f.rule().name(),
                        f.location().row() == null ? null : f.location().row() + 1, f.location().field(),
                        placed ? at.excelRow() : null, placed ? at.columnLetters() : null, f.message(), f.suggestion()));
            }
            GoalTableInput in = table.input();
            boolean department = GoalTableKind.DEPARTMENT.name().equals(in.kind());
            result.add(new ImportPreview.TableFindings(table.sheet(), department ? null : blankToNull(in.projectCode()),
                    department ? GoalTableKind.DEPARTMENT.label() : blankToNull(in.projectName()), rows));
        }
        return new ImportPreview.Checks(true, checkQueries.configVersion(), counts[0], counts[1], counts[2], result);
    }

    /** The preview, to the user who uploaded its file only. */
    public Optional<ImportPreview> find(String id, Actor actor) {
        return ownedBy(id, actor) ? previews.preview(id) : Optional.empty();
    }

    /** The result of a committed preview, to the user who uploaded its file only. */
    public Optional<ImportResult> result(String id, Actor actor) {
        return ownedBy(id, actor) ? previews.result(id) : Optional.empty();
    }

    private boolean ownedBy(String id, Actor actor) {
        return previews.owner(id).map(owner -> owner == actor.userId()).orElse(false);
    }

    /**
     * Writes a previewed import in one transaction.
     *
     * @throws ImportException 404 when the preview is unknown or expired, 400 while it has errors, 409 when it was
     *                         committed already or a table changed since the preview (then nothing is written)
     */
    public ImportResult commit(String id, Actor actor, OrgScope scope) {
        if (!ownedBy(id, actor)) {
            throw notFound();
        }
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        ImportPreviews.Pending pending;
        try {
            pending = previews.claim(id);
        } catch (ImportPreviews.AlreadyTaken e) {
            throw new ImportException(409, "already-committed", "已导入",
                    messages.text(e.state == ImportPreviews.State.COMMITTED ? "exchange.import.committed" : "exchange.import.committing"), List.of());
        }
        if (pending == null) {
            throw notFound();
        }
        ImportPreview preview = pending.preview();
        if (!preview.committable()) {
            previews.release(id);
            List<Problem> errors = preview.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
            throw new ImportException(400, "import-has-errors", "文件有错误，未导入",
                    errors.isEmpty() ? messages.text("exchange.import.empty")
                            : messages.text("exchange.import.hasErrors", Long.toString(errors.size())), errors);
        }
        try {
            List<ImportResult.Written> written = committer.write(pending.planned(), scope);
            ImportResult result = new ImportResult(id, preview.unitCode(), preview.unitName(), preview.year(), written);
            previews.committed(id, result);
            log.info("import {} committed: {} created, {} replaced", id, result.count(Action.CREATE), result.count(Action.REPLACE));
            return result;
        } catch (ImportCommitter.Failed e) {
            previews.release(id);
            throw failedAtCommit(e);
        } catch (RuntimeException e) {
            previews.release(id);
            throw e;
        }
    }

    private ImportException failedAtCommit(ImportCommitter.Failed e) {
        ImportPreview.Table table = e.table;
        if (e.reason() instanceof VersionConflictException conflict) {
            return new ImportException(409, "version-conflict", "版本冲突，未导入", messages.text("exchange.import.conflict",
                    table.sheet(), Long.toString(conflict.expectedVersion()), Long.toString(conflict.currentVersion())), List.of());
        }
        if (e.reason() instanceof ValidationException invalid) {
            List<Problem> problems = invalid.violations().stream()
                    .map(v -> problem(Severity.ERROR, CellLocation.sheet(table.sheet()), v.path(), messages.message(v)))
                    .toList();
            return new ImportException(409, "changed-since-preview", "数据已变化，未导入",
                    messages.text("exchange.import.invalidAtCommit", table.sheet(), problems.get(0).message()), problems);
        }
        throw e.reason();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Stores the upload in a temporary file and reads it as a workbook or a Word document. The name's extension
     * says which is meant (.docx or .xlsx), and content of the other kind is refused by name (a renamed file is a
     * mistake worth telling); a name with neither extension is read by its content.
     */
    private ReadBook readBook(String fileName, InputStream content, boolean[] word) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(java.util.Locale.ROOT);
        boolean docxName = name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dotx");
        boolean xlsxName = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xltx");
        XlsxLimits limits = properties.limits();
        Path file = null;
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "jixiao-import-", ".upload");
            long copied = copyAtMost(content, file, limits.maxFileBytes() + 1);
            if (copied > limits.maxFileBytes()) {
                throw tooLarge();
            }
            if (!docxName) {
                try {
                    List<SheetGrid> sheets = new XlsxGridReader(limits).read(file);
                    return understood(() -> new GoalBookReader().read(sheets));
                } catch (UnreadableWorkbookException e) {
                    if (xlsxName || !e.code().equals("docx")) {
                        throw e;
                    }
                }
            }
            word[0] = true;
            DocxBody body = new DocxFileReader(limits).read(file);
            return understood(() -> new DocxBookReader().read(body));
        } catch (UnreadableWorkbookException e) {
            throw unreadable(e.code(), e.args().toArray());
        } catch (IOException e) {
            log.warn("import: upload could not be stored", e);
            throw unreadableUpload();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("import: temporary file {} not deleted", file);
                }
            }
        }
    }

    /** The readers never throw on content; should one fail anyway, the person gets a reason, the log the trace. */
    private ReadBook understood(java.util.function.Supplier<ReadBook> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            log.warn("import: file content not understood", e);
            throw unreadable("corrupt");
        }
    }

    /** No such preview (never made, expired or dropped for newer ones): 404. */
    public ImportException notFound() {
        return new ImportException(404, "import-not-found", "导入预览不存在",
                messages.text("exchange.import.notFound", Long.toString(properties.previewTtl().toMinutes())), List.of());
    }

    /** The request carried no file: 400. */
    public ImportException missingFile() {
        return new ImportException(400, "file-missing", "没有选择文件", messages.text("exchange.upload.missing"), List.of());
    }

    /** The upload itself could not be read (a broken multipart body, a lost connection): 400. */
    public ImportException unreadableUpload() {
        return new ImportException(400, "unreadable-upload", "上传失败", messages.text("exchange.upload.unreadable"), List.of());
    }

    /** The upload is over the limit: 413 with the limit in the message. */
    public ImportException tooLarge() {
        return new ImportException(413, "file-too-large", "文件过大",
                messages.text("exchange.upload.tooLarge", maxUploadSize()), List.of());
    }

    private ImportException unreadable(String code, Object... args) {
        int status = code.equals("tooLarge") ? 413 : 400;
        String title = switch (code) {
            case "tooLarge", "entryTooLarge", "uncompressedTooLarge", "tooManyRows", "tooManyEntries" -> "文件超出导入上限";
            case "zipBomb", "doctype" -> "文件不安全，已拒绝";
            case "xls", "xlsb", "docx", "notXlsx", "empty", "notDocx", "xlsxAsDocx", "doc" -> "文件类型不对";
            default -> "文件无法读取";
        };
        return new ImportException(status, "unreadable-file", title, messages.text("exchange.file." + code, args), List.of());
    }

    private static long copyAtMost(InputStream in, Path file, long max) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static Problem problem(Severity severity, CellLocation where, String field, String message) {
        CellLocation at = where == null ? CellLocation.FILE : where;
        return new Problem(severity, at.sheet(), at.excelRow(), at.columnLetters(), at.cell(), field, message);
    }

    private static BigDecimal wan(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
