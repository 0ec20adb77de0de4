package vn.donthu.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.BulkWriter;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.ingest.visits.RegisterImport;

/** The ingest library: what the command line and the API call to turn files into indexed letters. */
public final class Ingester implements AutoCloseable {

    private final OcrWorkers ocr;
    private final LetterIndexer indexer;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final RegisterImport registers;
    private final LetterExtractor extractor;
    private final int workers;

    public Ingester(ElasticsearchClient client, IndexNames names, OcrSettings ocrSettings) {
        this.ocr = new OcrWorkers(ocrSettings);
        this.indexer = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
        this.client = client;
        this.names = names;
        this.registers = new RegisterImport(new BulkWriter(client, Backoff.standard()), names.alias("visits"));
        this.extractor = new LetterExtractor(ocr);
        this.workers = ocrSettings.workers();
    }

    /** Ingests files and folders; progress goes to {@code out}, as a status line when it is a terminal. */
    public IngestReport ingest(List<Path> inputs, PrintStream out, boolean terminal) throws IOException {
        // One grouping per run: what it holds in memory is this run's, never stale from an earlier one.
        MatterGrouping matters = new MatterGrouping(client, names, Backoff.standard());
        matters.groupUngrouped(out);
        return new IngestRun(indexer, matters, registers, extractor, workers, new Progress(out, terminal)).run(inputs);
    }

    @Override
    public void close() {
        ocr.close();
    }
}
