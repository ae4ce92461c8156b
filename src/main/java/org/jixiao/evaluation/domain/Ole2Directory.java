package org.jixiao.evaluation.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The names of the top-level streams of an OLE2 compound document (the container of .doc, .xls, .wps and .et),
 * read with Apache POI's POIFS. Anything malformed yields no names; it never throws.
 */
final class Ole2Directory {

    private Ole2Directory() {
    }

    static Set<String> names(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return new HashSet<>(fs.getRoot().getEntryNames());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
