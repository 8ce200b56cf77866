package id.kemas.export.target;

import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.model.Page;
import id.kemas.core.model.Sequencing;
import id.kemas.core.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package shape of a single-SCO target: a course with one leaf, named after the course, that
 * carries every page (and, as pages without text, every file the questions use) of the real course.
 * The build pipeline lists and copies the files of that one leaf; the course renderer draws the real
 * course into its launch page.
 */
final class SingleScoCourse {

    private SingleScoCourse() {}

    static Course of(Course course) {
        List<Page> pages = new ArrayList<>();
        for (Leaf leaf : course.leaves()) {
            pages.addAll(leaf.pages());
            leaf.quiz().ifPresent(q -> {
                List<String> assets = new ArrayList<>(q.assets());
                if (!assets.isEmpty()) pages.add(new Page(q.sourcePath(), leaf.title(), "", assets, Location.of(q.sourcePath())));
            });
        }
        Leaf whole = new Leaf(course.id(), course.title(), Sequencing.NONE, pages, Optional.empty(), course.source());
        return new Course(course.id(), course.title(), course.version(), course.language(), course.description(),
                course.keywords(), course.author(), course.organization(), Optional.empty(), Sequencing.NONE,
                List.<Node>of(whole), course.themeFiles(), course.source());
    }
}
