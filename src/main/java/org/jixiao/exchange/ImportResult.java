package org.jixiao.exchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a committed import wrote, table by table, in the order of the file. */
public record ImportResult(String importId, String unitCode, String unitName, int year, List<Written> tables) {

    public ImportResult {
        tables = List.copyOf(tables);
    }

    public long count(ImportPreview.Action action) {
        return tables.stream().filter(t -> t.action() == action).count();
    }

    @JsonProperty
    public long createCount() {
        return count(ImportPreview.Action.CREATE);
    }

    @JsonProperty
    public long replaceCount() {
        return count(ImportPreview.Action.REPLACE);
    }

    /** One written table: its id and, for a replaced table, its new version. */
    public record Written(long id, ImportPreview.Action action, String sheet, String kind, String projectCode,
                          String projectName) {
    }
}
