/**
 * Printable A4 documents with PDFBox, shared by the modules that print (dossier slips, PAR Index exports): embedded
 * Liberation Serif with Vietnamese glyphs, a flowing layout, bordered tables and page labels.
 */
@NamedInterface("pdf")
@NullMarked
package io.parhub.shared.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
