package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.cloud.bigquery.storage.v1.AppendRowsRequest;
import com.google.cloud.bigquery.storage.v1.AppendRowsResponse;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteClient;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteGrpc;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteSettings;
import com.google.cloud.bigquery.storage.v1.GetWriteStreamRequest;
import com.google.cloud.bigquery.storage.v1.RowError;
import com.google.cloud.bigquery.storage.v1.WriteStream;
import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BigQuery Storage Write API server for the real client, in process ({@code grpc-inprocess}):
 * {@code GetWriteStream} of a table's {@code _default} stream answers the table's schema as the
 * REST fake holds it, and {@code AppendRows} decodes each request's protocol-buffer rows with the
 * writer schema the client sent, checks them against the table's schema (every field known, its
 * wire type that of its column, REQUIRED present) and stores them in the REST fake, where the
 * store's queries read them. One request is stored whole or not at all.
 *
 * <p>Faults are injected per request, in order: a status answered in the response or by closing
 * the connection, optionally after storing the rows (the acknowledgement lost, the at-least-once
 * case), or a row error. Any call outside what the store should make is recorded in
 * {@link #unexpected()}.
 */
final class FakeBigQueryWrite implements AutoCloseable {

  /** Held so that the level sticks: the client logs every connection at INFO. */
  private static final Logger CLIENT_LOG = quiet(Logger.getLogger("com.google.cloud.bigquery.storage"));
  private static final Pattern DEFAULT_STREAM =
      Pattern.compile("projects/([^/]+)/datasets/([^/]+)/tables/([^/]+)/streams/_default");

  /** One append request as it arrived: its stream, the writer schema in force, its decoded rows. */
  record Append(String stream, DescriptorProto writerSchema, List<Map<String, Object>> rows) {
  }

  /** A fault for the next append request. */
  record Fault(Status.Code code, boolean closeConnection, boolean storeFirst, String rowError) {
  }

  private final FakeBigQuery rest;
  private final Server server;
  private final ManagedChannel channel;
  private final List<String> streamsRequested = new CopyOnWriteArrayList<>();
  private final List<Append> appends = new CopyOnWriteArrayList<>();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();

  FakeBigQueryWrite(FakeBigQuery rest) throws IOException {
    this.rest = rest;
    String name = InProcessServerBuilder.generateName();
    this.server = InProcessServerBuilder.forName(name).directExecutor().addService(new Service()).build().start();
    this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** A client of the real library on this server: fixed in-process channel, no credentials. */
  BigQueryWriteClient client() throws IOException {
    return BigQueryWriteClient.create(BigQueryWriteSettings.newBuilder()
        .setTransportChannelProvider(FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel)))
        .setCredentialsProvider(NoCredentialsProvider.create())
        .build());
  }

  /** The stream names of every {@code GetWriteStream} call. */
  List<String> streamsRequested() {
    return streamsRequested;
  }

  /** Every append request, failed ones included, in arrival order. */
  List<Append> appends() {
    return appends;
  }

  /** Calls the fake refused (a passing test expects none). */
  List<String> unexpected() {
    return unexpected;
  }

  /** Answers the next append request with this status instead of its result. */
  void failNextAppend(Status.Code code, boolean closeConnection, boolean storeFirst) {
    faults.add(new Fault(code, closeConnection, storeFirst, null));
  }

  /** Rejects the next append request's first row with this message (INVALID_ARGUMENT, FIELDS_ERROR). */
  void rejectNextAppend(String rowError) {
    faults.add(new Fault(Status.Code.INVALID_ARGUMENT, false, false, rowError));
  }

  private final class Service extends BigQueryWriteGrpc.BigQueryWriteImplBase {

    @Override
    public void getWriteStream(GetWriteStreamRequest request, StreamObserver<WriteStream> response) {
      streamsRequested.add(request.getName());
      JsonNode table = table(request.getName());
      if (table == null) {
        unexpected.add("GetWriteStream " + request.getName());
        response.onError(Status.NOT_FOUND.withDescription("Requested entity was not found: " + request.getName())
            .asRuntimeException());
        return;
      }
      response.onNext(WriteStream.newBuilder().setName(request.getName()).setType(WriteStream.Type.COMMITTED)
          .setLocation("US").setTableSchema(FakeWriteSchema.tableSchema(table.path("schema").path("fields"))).build());
      response.onCompleted();
    }

    @Override
    public StreamObserver<AppendRowsRequest> appendRows(StreamObserver<AppendRowsResponse> response) {
      return new Connection(response);
    }
  }

  /** One AppendRows connection: the stream and writer schema are sent once and hold for later requests. */
  private final class Connection implements StreamObserver<AppendRowsRequest> {
    private final StreamObserver<AppendRowsResponse> response;
    private String stream;
    private DescriptorProto writerSchema;
    private Descriptors.Descriptor descriptor;
    private boolean closed;

    Connection(StreamObserver<AppendRowsResponse> response) {
      this.response = response;
    }

    @Override
    public synchronized void onNext(AppendRowsRequest request) {
      if (closed) {
        return;
      }
      if (!request.getWriteStream().isEmpty()) {
        stream = request.getWriteStream();
      }
      if (request.getProtoRows().hasWriterSchema()) {
        writerSchema = request.getProtoRows().getWriterSchema().getProtoDescriptor();
        descriptor = FakeWriteSchema.descriptor(writerSchema);
      }
      JsonNode table = stream == null ? null : table(stream);
      if (table == null || descriptor == null || request.hasOffset()) {
        unexpected.add("AppendRows to " + stream + " with schema " + (descriptor != null) + " offset " + request.hasOffset());
        close(Status.INVALID_ARGUMENT.withDescription("not an append to an existing table's _default stream"));
        return;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      AppendRowsResponse.Builder answer = AppendRowsResponse.newBuilder().setWriteStream(stream);
      List<ByteString> serialized = request.getProtoRows().getRows().getSerializedRowsList();
      for (int i = 0; i < serialized.size(); i++) {
        String problem;
        try {
          problem = FakeWriteSchema.decode(DynamicMessage.parseFrom(descriptor, serialized.get(i)),
              table.path("schema").path("fields"), rows);
        } catch (InvalidProtocolBufferException e) {
          problem = "cannot parse row: " + e.getMessage();
        }
        if (problem != null) {
          answer.addRowErrors(RowError.newBuilder().setIndex(i).setCode(RowError.RowErrorCode.FIELDS_ERROR).setMessage(problem));
        }
      }
      appends.add(new Append(stream, writerSchema, List.copyOf(rows)));
      Fault fault = faults.poll();
      if (fault != null && fault.rowError() != null) {
        answer.addRowErrors(0, RowError.newBuilder().setIndex(0).setCode(RowError.RowErrorCode.FIELDS_ERROR)
            .setMessage(fault.rowError()));
      }
      if (answer.getRowErrorsCount() > 0) {
        response.onNext(answer.setError(com.google.rpc.Status.newBuilder().setCode(Status.Code.INVALID_ARGUMENT.value())
            .setMessage("Errors found while processing rows. Please refer to the row_errors field for details.")).build());
        return;
      }
      if (fault == null || fault.storeFirst()) {
        Matcher m = DEFAULT_STREAM.matcher(stream);
        m.matches();
        rest.store(m.group(2), m.group(3), rows);
      }
      if (fault == null) {
        response.onNext(answer.setAppendResult(AppendRowsResponse.AppendResult.getDefaultInstance()).build());
      } else if (fault.closeConnection()) {
        close(Status.fromCode(fault.code()).withDescription("injected " + fault.code()));
      } else {
        response.onNext(answer.setError(com.google.rpc.Status.newBuilder().setCode(fault.code().value())
            .setMessage("injected " + fault.code())).build());
      }
    }

    private void close(Status status) {
      closed = true;
      response.onError(status.asRuntimeException());
    }

    @Override
    public synchronized void onError(Throwable error) {
      closed = true;
    }

    @Override
    public synchronized void onCompleted() {
      if (!closed) {
        closed = true;
        response.onCompleted();
      }
    }
  }

  /** The REST fake's table of a default stream name, or null. */
  private JsonNode table(String stream) {
    Matcher m = DEFAULT_STREAM.matcher(stream);
    return m.matches() ? rest.table(m.group(2), m.group(3)) : null;
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow();
    server.shutdownNow();
    server.awaitTermination(5, TimeUnit.SECONDS);
  }
}
