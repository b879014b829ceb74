namespace NewsGen.Benchmarks.RunTime;

// PLACE FOR THE QUOTE BENCHMARKS (issue 7: "enumerating all paragraphs and all quotes").
// The generator does not emit quotes yet. When it does, add here a QuoteEnumerationBenchmarks class shaped like
// ParagraphEnumerationBenchmarks: the generated quote enumeration as the baseline (it must show 0 B), against
// what a user would otherwise write over ResourceManager / the embedded .txt / File.ReadAllText: scan the text
// for quotation marks (straight and curly) and collect each quoted span.
