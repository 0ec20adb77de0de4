package vn.donthu.api.export;

import java.io.IOException;
import java.util.List;

/** A table written row by row to the response, so that an export never sits whole in memory. */
interface ResultSheet extends AutoCloseable {

    void row(List<String> cells) throws IOException;

    @Override
    void close() throws IOException;
}
