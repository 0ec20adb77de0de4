package vn.donthu.api.matter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One matter in a result list.
 *
 * @param matchingLetters how many of its letters matched the words typed (null without words)
 */
public record MatterHit(@JsonUnwrapped MatterFacts matter, Double score, Long matchingLetters) {
}
