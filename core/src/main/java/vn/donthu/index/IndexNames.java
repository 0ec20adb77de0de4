package vn.donthu.index;

/**
 * Names of the project's indices. Readers and writers use the alias; the versioned index behind it
 * changes when the mapping changes. A prefix lets tests and several installations share a cluster.
 */
public record IndexNames(String prefix) {

    public IndexNames {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "index prefix '" + prefix + "' must be lowercase letters, digits, '-' or '_'");
        }
    }

    public static IndexNames defaults() {
        return new IndexNames("donthu");
    }

    public String lettersAlias() {
        return alias("letters");
    }

    public String lettersIndex(int version) {
        return index("letters", version);
    }

    public String lettersTemplate() {
        return template("letters");
    }

    /** The alias of the index of this kind ({@link IndexSchema#name()}), which readers and writers use. */
    public String alias(String kind) {
        return prefix + "-" + kind;
    }

    public String index(String kind, int version) {
        return alias(kind) + "-v" + version;
    }

    public String template(String kind) {
        return alias(kind);
    }
}
