namespace NewsGen.Parsing.Quotes;

/// <summary>
/// A quotation-mark problem at one mark. <see cref="Offset"/> is the mark's UTF-16 offset within the paragraph's
/// text; its offset in the file is <c>paragraph.FileOffset(Offset)</c> (which also maps paragraphs made of
/// wrapped lines). For <see cref="QuoteProblemKind.Unclosed"/> the mark is the opening one; for
/// <see cref="QuoteProblemKind.LostParagraphBreak"/> the reopening one; otherwise it is the offending closing
/// (or wrongly shaped) mark.
/// </summary>
public sealed record QuoteProblem(QuoteProblemKind Kind, int Paragraph, int Offset, int Length);
