package io.fastscanner.scannerapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the Python {@code scanner_api} says about one symbol ({@code deepAnalysis.scanner_api}): its opinion, or
 * why there is none.
 */
@Schema(oneOf = {ScannerApiOpinion.class, NoSecondOpinion.class})
public sealed interface SecondOpinion permits ScannerApiOpinion, NoSecondOpinion {

    /** Always {@value ScannerApiOpinion#SOURCE}. */
    String source();
}
