package id.kemas.core.model;

import id.kemas.core.problem.Location;
import java.util.List;

/**
 * One page of a leaf.
 *
 * @param sourcePath the Markdown file, relative to the course folder
 * @param title      the page heading
 * @param html       the page body as an HTML fragment (without the heading); local references are
 *                   relative to the course folder
 * @param assets     course files the body references, relative to the course folder, in order
 */
public record Page(String sourcePath, String title, String html, List<String> assets, Location source) {

    public Page {
        assets = List.copyOf(assets);
    }
}
