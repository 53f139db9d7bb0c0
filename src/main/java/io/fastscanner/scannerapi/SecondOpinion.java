package io.fastscanner.scannerapi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the Python {@code scanner_api} says about one symbol ({@code deepAnalysis.scanner_api}): its opinion, or
 * why there is none.
 */
// read back (from the shared store) by the fields each kind has; written as before, with no type field
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(ScannerApiOpinion.class), @JsonSubTypes.Type(NoSecondOpinion.class)})
@Schema(oneOf = {ScannerApiOpinion.class, NoSecondOpinion.class})
public sealed interface SecondOpinion permits ScannerApiOpinion, NoSecondOpinion {

    /** Always {@value ScannerApiOpinion#SOURCE}. */
    String source();
}
