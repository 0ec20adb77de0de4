package vn.donthu.matter;

/**
 * Where a matter stands as the archive shows it. The archive holds letters, not the authorities'
 * answers, so a matter is never seen closed: it is open, or still raised after its deadline.
 */
public enum MatterStatus {
    /** Every letter came within the legal deadline counted from the first one. */
    OPEN,
    /** A letter came after the deadline: the matter was not resolved in time. */
    OVERDUE
}
