package vn.donthu.ingest.corpus;

import java.util.List;

/**
 * The real places generated letters come from. Each place is known as it was named before the
 * 2025-07-01 reorganisation (province, district, commune) and, where it can be stated, after it
 * (one of the 34 provinces and the commune that absorbed the old one), so that one matter can be
 * written about in both naming styles.
 */
public interface PlaceSource {

    List<Place> places();
}
