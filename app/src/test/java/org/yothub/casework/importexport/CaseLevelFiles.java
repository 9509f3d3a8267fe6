package org.yothub.casework.importexport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/** Builds case-level CSV files (in the export's exact format) and the multipart import request. */
final class CaseLevelFiles {
    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    CaseLevelFiles() {
        CaseLevelFormat.FILES.forEach(f -> {
            rows.put(f, new ArrayList<>());
            headers.put(f, CaseLevelFormat.columns(f));
        });
    }

    CaseLevelFiles header(String file, List<String> columns) {
        headers.put(file, columns);
        return this;
    }

    CaseLevelFiles row(String file, String... values) {
        rows.get(file).add(List.of(values));
        return this;
    }

    List<List<String>> rows(String file) {
        return rows.get(file);
    }

    byte[] bytes(String file) {
        return csv(headers.get(file), rows.get(file)).getBytes(StandardCharsets.UTF_8);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CaseLevelExporter.FORMAT)) {
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The import request with the given files (others left out). */
    MutableHttpRequest<MultipartBody> request(String... files) {
        MultipartBody.Builder body = MultipartBody.builder();
        for (String f : files) {
            body.addPart(f, f + ".csv", MediaType.of("text/csv"), bytes(f));
        }
        return HttpRequest.POST("/api/v1/imports/case-level", body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    MutableHttpRequest<MultipartBody> request() {
        return request(CaseLevelFormat.FILES.toArray(new String[0]));
    }

    /** Parses CSV text into rows without the header. */
    static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.builder().setReader(new java.io.StringReader(text))
                .setFormat(CaseLevelExporter.FORMAT).get()) {
            boolean first = true;
            for (var r : parser) {
                if (!first) {
                    out.add(r.toList());
                }
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
