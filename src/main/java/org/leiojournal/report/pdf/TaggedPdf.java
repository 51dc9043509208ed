package org.leiojournal.report.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes a PDF the app writes accessible ("tagged"): a structure tree under one Document element, whose headings,
 * paragraphs, tables and figures (with their alternative text) point at the marked content a {@link Canvas} draws,
 * in reading order: by page, then in the order drawn on it (the clinic report draws page 1 last). Also the
 * document's language, its title shown by readers, and the parent tree readers use to go from content to element.
 * Any report part gets this by drawing through {@link Canvas#draw} with its rows' {@link Tag}s. Saved as PDFBox
 * saves by default (object streams, half the size): qpdf's warning "reported number of objects is not one plus the
 * highest object number" came from PDFBox 3.0.3's trailer and is gone since 3.0.8 ({@code TaggedPdfTest} checks).
 */
final class TaggedPdf {

    static final String LANGUAGE = "en-GB";
    private static final COSName STRUCT_ELEM = COSName.getPDFName(PDStructureElement.TYPE);

    private record Placed(int page, int order, PDStructureElement element) {
    }

    private record Group(PDStructureElement element, String cellRole) {
    }

    private final PDDocument document;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement top;
    private final List<Placed> placed = new ArrayList<>();
    /** For each page (by index), the element of each marked content, by its MCID. */
    private final Map<Integer, List<PDStructureElement>> contentOwners = new HashMap<>();
    private final Deque<Group> groups = new ArrayDeque<>();
    private final Map<String, COSName> roles = new HashMap<>();

    TaggedPdf(PDDocument document) {
        this.document = document;
        this.top = new PDStructureElement("Document", root);
    }

    /**
     * A new element of {@code tag}'s role with marked content on {@code page} (the {@code index}th, from 0);
     * returns its MCID there.
     */
    int content(PDPage page, int index, Tag tag) {
        PDStructureElement element = element(page, index, tag.role());
        if (!tag.alt().isEmpty()) {
            element.setAlternateDescription(tag.alt());
        }
        List<PDStructureElement> owners = contentOwners.computeIfAbsent(index, i -> new ArrayList<>());
        int mcid = owners.size();
        owners.add(element);
        element.appendKid(mcid);
        return mcid;
    }

    /** Opens an element that holds others (a table, a row) until {@link #close()}. */
    void open(PDPage page, int index, String role, String cellRole) {
        groups.push(new Group(element(page, index, role), cellRole));
    }

    void close() {
        groups.pop();
    }

    /** The role of a text drawn on its own: a cell inside a table row, else a paragraph. */
    Tag textTag() {
        return groups.isEmpty() || groups.peek().cellRole().isEmpty() ? Tag.P
                : new Tag(groups.peek().cellRole(), "", "");
    }

    private PDStructureElement element(PDPage page, int index, String role) {
        PDStructureElement parent = groups.isEmpty() ? top : groups.peek().element();
        // what new PDStructureElement(role, parent) writes, in its order, with the names looked up once per
        // report instead of for each of 2,000 elements (issue 21: allocating less)
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, STRUCT_ELEM);
        dictionary.setItem(COSName.S, roles.computeIfAbsent(role, COSName::getPDFName));
        dictionary.setItem(COSName.P, parent);
        PDStructureElement element = new PDStructureElement(dictionary);
        element.setPage(page);
        if (groups.isEmpty()) {
            placed.add(new Placed(index, placed.size(), element));
        } else {
            parent.appendKid(element);
        }
        return element;
    }

    /** Puts the tree in the catalogue with the language, the title shown as the window's title, "Marked". */
    void finish() {
        placed.stream().sorted(Comparator.comparingInt(Placed::page).thenComparingInt(Placed::order))
                .forEach(p -> top.appendKid(p.element()));
        root.appendKid(top);
        Map<Integer, PDParentTreeValue> parents = new HashMap<>();
        contentOwners.forEach((page, owners) -> {
            COSArray array = new COSArray();
            owners.forEach(array::add);
            parents.put(page, new PDParentTreeValue(array));
            document.getPage(page).setStructParents(page);
        });
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S"); // tab order follows the structure
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        catalog.setLanguage(LANGUAGE);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
