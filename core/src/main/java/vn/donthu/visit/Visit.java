package vn.donthu.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One citizen reception (lượt tiếp công dân) as recorded in a reception register (sổ tiếp công
 * dân): the one definition of the visit document in the {@code visits} index.
 *
 * @param id               SHA-256 of the register file's content and the row, so importing the same register again
 *                         replaces rather than duplicates
 * @param visitorNames     the people who came, as the register names them
 * @param peopleCount      how many came; null when the register does not say
 * @param crowded          a group (đoàn đông người): marked so in the register, or five people or more
 * @param address          where the visitors live or the matter is, as written
 * @param kind             khiếu nại, tố cáo, kiến nghị, phản ánh, as the register classifies it
 * @param receivedBy       the receiving officer or body (cán bộ / cơ quan tiếp)
 * @param outcome          what was done (kết quả xử lý, hướng xử lý)
 * @param sourcePath       the register file
 * @param sourceRow        the row in it, counting from 1 as a spreadsheet shows it
 * @param matterId         the matter of the same people this visit was linked to; null when none was found
 */
public record Visit(
        String id,
        LocalDate visitDate,
        List<String> visitorNames,
        Integer peopleCount,
        boolean crowded,
        String address,
        String content,
        String kind,
        String receivedBy,
        String outcome,
        String sourcePath,
        int sourceRow,
        Instant ingestedAt,
        String matterId) {

    public Visit {
        visitorNames = List.copyOf(visitorNames);
    }

    /** This visit linked to a matter (null: to none). */
    public Visit inMatter(String matter) {
        return new Visit(id, visitDate, visitorNames, peopleCount, crowded, address, content, kind, receivedBy, outcome,
                sourcePath, sourceRow, ingestedAt, matter);
    }
}
