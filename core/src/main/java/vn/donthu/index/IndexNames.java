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
        return prefix + "-letters";
    }

    public String lettersIndex(int version) {
        return lettersAlias() + "-v" + version;
    }

    public String lettersTemplate() {
        return prefix + "-letters";
    }
}
