package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback BigQuery REST server for the real client: datasets and tables (get, insert, patch),
 * resumable-upload load jobs ({@code POST /upload/...?uploadType=resumable}, then {@code PUT} of
 * the NEWLINE_DELIMITED_JSON data), {@code jobs.get}, and {@code jobs.query} with paging through
 * {@code jobs.getQueryResults}.
 *
 * <p>It is strict so that tests can fail: a reused job id gets 409; every uploaded row is checked
 * against the destination table's schema (types, REQUIRED, unknown columns) and a bad row fails
 * the job with row errors; a query whose text holds a string literal or names a parameter it was
 * not given is rejected; any other request is answered 400 and recorded in {@link #unexpected()}.
 */
final class FakeBigQuery implements AutoCloseable {

  private static final Pattern DATASET = Pattern.compile("/bigquery/v2/projects/([^/]+)/datasets/([^/?]+)");
  private static final Pattern DATASETS = Pattern.compile("/bigquery/v2/projects/([^/]+)/datasets");
  private static final Pattern TABLE = Pattern.compile("/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables/([^/?]+)");
  private static final Pattern TABLES = Pattern.compile("/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables");
  private static final Pattern UPLOAD = Pattern.compile("/upload/bigquery/v2/projects/([^/]+)/jobs");
  private static final Pattern SESSION = Pattern.compile("/upload/session/(\\d+)");
  private static final Pattern JOB = Pattern.compile("/bigquery/v2/projects/([^/]+)/jobs/([^/?]+)");
  private static final Pattern QUERIES = Pattern.compile("/bigquery/v2/projects/([^/]+)/queries");
  private static final Pattern TABLE_DATA = Pattern.compile("/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables/([^/]+)/data");
  private static final String ANONYMOUS = "_anonymous_results";
  private static final Pattern QUERY_PAGE = Pattern.compile("/bigquery/v2/projects/([^/]+)/queries/([^/?]+)");

  final ObjectMapper json = new ObjectMapper();
  private final MockWebServer server = new MockWebServer();
  private final Map<String, ObjectNode> datasets = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> tables = new ConcurrentHashMap<>();
  private final Map<String, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> jobs = new ConcurrentHashMap<>();
  private final Map<Integer, ObjectNode> sessions = new ConcurrentHashMap<>();
  private final Map<Integer, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
  private final Map<String, FakeQueryEngine.Result> queryResults = new ConcurrentHashMap<>();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final List<String> jobAttempts = new CopyOnWriteArrayList<>();
  private final List<JsonNode> queryRequests = new CopyOnWriteArrayList<>();
  private final List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> jobFailures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger tableDataPages = new AtomicInteger();
  private final FakeQueryEngine engine = new FakeQueryEngine(this);
  volatile int pageSize = 1000;

  FakeBigQuery() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return route(request);
        } catch (RuntimeException | IOException e) {
          unexpected.add(request.getMethod() + " " + request.getPath() + " threw " + e);
          return error(500, "internalError", e.toString());
        }
      }
    });
    server.start();
  }

  /** The host to give {@code BigQueryOptions.setHost}. */
  String host() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Requests the fake did not understand (a passing test expects none). */
  List<String> unexpected() {
    return unexpected;
  }

  /** Every job id a load was started with, in order, including refused duplicates. */
  List<String> jobAttempts() {
    return jobAttempts;
  }

  /** How many result pages after the first were read through {@code tabledata.list}. */
  int laterPages() {
    return tableDataPages.get();
  }

  /** Every {@code jobs.query} request body. */
  List<JsonNode> queryRequests() {
    return queryRequests;
  }

  /** The created table or view resource as received, or null. */
  ObjectNode table(String dataset, String table) {
    return tables.get(dataset + "." + table);
  }

  /** The stored rows of a table (decoded from the uploads, TIMESTAMPs as microseconds). */
  List<Map<String, Object>> rows(String dataset, String table) {
    return rows.getOrDefault(dataset + "." + table, List.of());
  }

  /**
   * Stores rows that arrived by another protocol (the Storage Write API fake), all at once, so
   * that the queries of this fake read them.
   */
  void store(String dataset, String table, List<Map<String, Object>> stored) {
    rows.computeIfAbsent(dataset + "." + table, k -> Collections.synchronizedList(new ArrayList<>())).addAll(stored);
  }

  /** Every stored job resource by id. */
  Map<String, ObjectNode> jobs() {
    return jobs;
  }

  /** Answers the next upload initiation(s) with these HTTP statuses (e.g. 503) before working. */
  void failNextUploads(Integer... statuses) {
    failures.addAll(List.of(statuses));
  }

  /** Ends the next load job(s) as failed with this error reason (e.g. backendError) and no rows stored. */
  void failNextJobs(String... reasons) {
    jobFailures.addAll(List.of(reasons));
  }

  /** Puts a table in place as if an older version of the store had created it. */
  void putTable(String dataset, String table, ObjectNode resource) {
    tables.put(dataset + "." + table, resource);
  }

  private MockResponse route(RecordedRequest request) throws IOException {
    String method = request.getMethod();
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    Matcher m;
    if ((m = UPLOAD.matcher(path)).matches() && method.equals("POST")
        && "resumable".equals(url.queryParameter("uploadType"))) {
      return startUpload(m.group(1), json.readTree(text(request)));
    }
    if ((m = SESSION.matcher(path)).matches() && method.equals("PUT")) {
      return uploadChunk(Integer.parseInt(m.group(1)), request.getHeader("Content-Range"), body(request));
    }
    if ((m = JOB.matcher(path)).matches() && method.equals("GET")) {
      ObjectNode job = jobs.get(m.group(2));
      return job == null ? error(404, "notFound", "Not found: Job " + m.group(2)) : ok(job);
    }
    if ((m = QUERIES.matcher(path)).matches() && method.equals("POST")) {
      JsonNode body = json.readTree(text(request));
      queryRequests.add(body);
      return query(m.group(1), body);
    }
    if ((m = QUERY_PAGE.matcher(path)).matches() && method.equals("GET")) {
      return page(m.group(2), url.queryParameter("pageToken"));
    }
    if ((m = TABLE_DATA.matcher(path)).matches() && method.equals("GET") && m.group(2).equals(ANONYMOUS)) {
      tableDataPages.incrementAndGet();
      return page(m.group(3), url.queryParameter("pageToken"));
    }
    if ((m = TABLE.matcher(path)).matches()) {
      String key = m.group(2) + "." + m.group(3);
      if (method.equals("GET")) {
        ObjectNode table = tables.get(key);
        return table == null ? error(404, "notFound", "Not found: Table " + key) : ok(table);
      }
      if (method.equals("PATCH") || method.equals("PUT") || "PATCH".equals(request.getHeader("X-HTTP-Method-Override"))) {
        ObjectNode patch = (ObjectNode) json.readTree(text(request));
        ObjectNode table = tables.get(key);
        JsonNode before = table.path("schema").path("fields");
        JsonNode after = patch.path("schema").path("fields");
        for (int i = 0; i < after.size(); i++) {
          boolean kept = i < before.size() && before.get(i).equals(after.get(i));
          if (!kept && (i < before.size() || !"NULLABLE".equals(after.get(i).path("mode").asText()))) {
            return error(400, "invalid", "Provided Schema does not match Table " + key + ": field " + after.get(i));
          }
        }
        if (after.size() < before.size()) {
          return error(400, "invalid", "Provided Schema does not match Table " + key + ": a field was dropped");
        }
        table.set("schema", patch.get("schema"));
        return ok(table);
      }
    }
    if ((m = TABLES.matcher(path)).matches() && method.equals("POST")) {
      ObjectNode table = (ObjectNode) json.readTree(text(request));
      String key = m.group(2) + "." + table.path("tableReference").path("tableId").asText();
      table.put("type", table.has("view") ? "VIEW" : "TABLE");
      table.put("id", m.group(1) + ":" + key);
      return tables.putIfAbsent(key, table) == null ? ok(table) : error(409, "duplicate", "Already Exists: " + key);
    }
    if ((m = DATASET.matcher(path)).matches() && method.equals("GET")) {
      ObjectNode dataset = datasets.get(m.group(2));
      return dataset == null ? error(404, "notFound", "Not found: Dataset " + m.group(2)) : ok(dataset);
    }
    if ((m = DATASETS.matcher(path)).matches() && method.equals("POST")) {
      ObjectNode dataset = (ObjectNode) json.readTree(text(request));
      String id = dataset.path("datasetReference").path("datasetId").asText();
      dataset.put("id", m.group(1) + ":" + id);
      return datasets.putIfAbsent(id, dataset) == null ? ok(dataset) : error(409, "duplicate", "Already Exists: " + id);
    }
    unexpected.add(method + " " + request.getPath());
    return error(400, "invalid", "the fake does not serve " + method + " " + path);
  }

  /** The request body, un-gzipped when the client compressed it (it does for JSON and uploads). */
  private static byte[] body(RecordedRequest request) throws IOException {
    byte[] raw = request.getBody().readByteArray();
    if ("gzip".equalsIgnoreCase(request.getHeader("Content-Encoding"))) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        return in.readAllBytes();
      }
    }
    return raw;
  }

  private static String text(RecordedRequest request) throws IOException {
    return new String(body(request), StandardCharsets.UTF_8);
  }

  private MockResponse startUpload(String project, JsonNode job) {
    String jobId = job.path("jobReference").path("jobId").asText();
    jobAttempts.add(jobId);
    synchronized (failures) {
      if (!failures.isEmpty()) {
        int status = failures.remove(0);
        return error(status, "backendError", "injected failure " + status);
      }
    }
    if (jobs.containsKey(jobId)) {
      return error(409, "duplicate", "Already Exists: Job " + project + ":US." + jobId);
    }
    int session = ids.incrementAndGet();
    ObjectNode resource = ((ObjectNode) job).deepCopy();
    resource.put("id", project + ":US." + jobId);
    sessions.put(session, resource);
    return new MockResponse().setResponseCode(200).setHeader("Location", host() + "/upload/session/" + session);
  }

  /**
   * One chunk of a resumable upload: {@code Content-Range: bytes a-b/*} is a middle chunk (answered
   * 308 with the received range), {@code bytes a-b/total} or {@code bytes * /total} the last one.
   */
  private MockResponse uploadChunk(int session, String range, byte[] data) throws IOException {
    ByteArrayOutputStream received = uploads.computeIfAbsent(session, k -> new ByteArrayOutputStream());
    received.write(data);
    if (range != null && range.endsWith("/*")) {
      return new MockResponse().setResponseCode(308).setHeader("Range", "bytes=0-" + (received.size() - 1));
    }
    uploads.remove(session);
    return finishUpload(session, received.toByteArray());
  }

  private MockResponse finishUpload(int session, byte[] data) throws IOException {
    ObjectNode job = sessions.remove(session);
    if (job == null) {
      return error(404, "notFound", "no upload session " + session);
    }
    String jobId = job.path("jobReference").path("jobId").asText();
    JsonNode load = job.path("configuration").path("load");
    String key = load.path("destinationTable").path("datasetId").asText() + "."
        + load.path("destinationTable").path("tableId").asText();
    List<String> rowErrors = new ArrayList<>();
    List<Map<String, Object>> decoded = new ArrayList<>();
    ObjectNode table = tables.get(key);
    if (table == null) {
      rowErrors.add("destination table " + key + " does not exist");
    } else if (!"NEWLINE_DELIMITED_JSON".equals(load.path("sourceFormat").asText())) {
      rowErrors.add("sourceFormat " + load.path("sourceFormat"));
    } else if (load.has("schema") && !load.path("schema").equals(table.path("schema"))) {
      rowErrors.add("job schema " + load.path("schema") + " differs from table schema " + table.path("schema"));
    } else {
      String[] lines = new String(data, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        String problem = FakeSchema.decode(json.readTree(lines[i]), table.path("schema").path("fields"), row);
        if (problem != null) {
          rowErrors.add("line " + (i + 1) + ": " + problem);
        } else if (!jobId.equals(row.get("write_id"))) {
          rowErrors.add("line " + (i + 1) + ": write_id " + row.get("write_id") + " is not the job id " + jobId);
        }
        decoded.add(row);
      }
    }
    synchronized (jobFailures) {
      if (!jobFailures.isEmpty()) {
        rowErrors.add(0, jobFailures.remove(0) + ": injected job failure");
      }
    }
    ObjectNode status = job.putObject("status");
    status.put("state", "DONE");
    if (!rowErrors.isEmpty()) {
      String reason = rowErrors.get(0).endsWith(": injected job failure") ? rowErrors.get(0).split(":")[0] : "invalid";
      status.set("errorResult", errorNode(reason, "Error while reading data, error message: JSON table encountered too many errors"));
      ArrayNode errors = status.putArray("errors");
      rowErrors.forEach(e -> errors.add(errorNode(reason, e)));
    } else {
      rows.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).addAll(decoded);
    }
    job.putObject("statistics").put("creationTime", "1").put("startTime", "1").put("endTime", "2");
    jobs.put(jobId, job);
    return ok(job);
  }

  private MockResponse query(String project, JsonNode request) {
    String sql = request.path("query").asText();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (JsonNode parameter : request.path("queryParameters")) {
      parameters.put(parameter.path("name").asText(), parameter.path("parameterValue").path("value").asText());
    }
    if (sql.contains("'") || sql.contains("\"")) {
      return error(400, "invalidQuery", "query text holds a literal: " + sql);
    }
    Matcher named = Pattern.compile("@([a-z_]+)").matcher(sql);
    while (named.find()) {
      if (!parameters.containsKey(named.group(1))) {
        return error(400, "invalidQuery", "Query parameter '" + named.group(1) + "' not found");
      }
    }
    if (request.path("useLegacySql").asBoolean(true)) {
      return error(400, "invalidQuery", "legacy SQL");
    }
    String name = request.path("labels").path(QueryRunner.LABEL).asText();
    FakeQueryEngine.Result result = engine.run(name, sql, parameters);
    if (result == null) {
      return error(400, "invalidQuery", "the fake does not know query " + name + ": " + sql);
    }
    boolean int64Timestamps = request.path("formatOptions").path("useInt64Timestamp").asBoolean(false);
    String jobId = "query_" + ids.incrementAndGet();
    queryResults.put(jobId, result.withInt64Timestamps(int64Timestamps));
    ObjectNode job = json.createObjectNode();
    job.put("id", project + ":US." + jobId);
    job.putObject("jobReference").put("projectId", project).put("jobId", jobId).put("location", "US");
    ObjectNode queryConfig = job.putObject("configuration").putObject("query").put("query", sql).put("useLegacySql", false);
    queryConfig.putObject("destinationTable").put("projectId", project).put("datasetId", ANONYMOUS).put("tableId", jobId);
    job.putObject("status").put("state", "DONE");
    job.putObject("statistics").put("creationTime", "1").put("startTime", "1").put("endTime", "2");
    jobs.put(jobId, job);
    ObjectNode response = pageNode(project, jobId, 0);
    response.put("kind", "bigquery#queryResponse");
    return ok(response);
  }

  private MockResponse page(String jobId, String token) {
    if (!queryResults.containsKey(jobId)) {
      return error(404, "notFound", "Not found: Job " + jobId);
    }
    ObjectNode response = pageNode("p", jobId, token == null ? 0 : Integer.parseInt(token));
    response.put("kind", "bigquery#getQueryResultsResponse");
    return ok(response);
  }

  private ObjectNode pageNode(String project, String jobId, int start) {
    FakeQueryEngine.Result result = queryResults.get(jobId);
    ObjectNode response = json.createObjectNode();
    response.putObject("jobReference").put("projectId", project).put("jobId", jobId).put("location", "US");
    response.set("schema", result.schema());
    response.put("totalRows", Integer.toString(result.rows().size()));
    response.put("jobComplete", true);
    ArrayNode out = response.putArray("rows");
    int end = Math.min(result.rows().size(), start + pageSize);
    for (int i = start; i < end; i++) {
      out.add(result.rowNode(json, i));
    }
    if (end < result.rows().size()) {
      response.put("pageToken", Integer.toString(end));
    }
    return response;
  }

  private ObjectNode errorNode(String reason, String message) {
    return json.createObjectNode().put("reason", reason).put("message", message);
  }

  private MockResponse ok(JsonNode body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json; charset=UTF-8")
        .setBody(body.toString());
  }

  private MockResponse error(int code, String reason, String message) {
    ObjectNode body = json.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code).put("message", message);
    error.putArray("errors").add(errorNode(reason, message));
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json; charset=UTF-8")
        .setBody(body.toString());
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
