namespace NewsGen.Model;

/// <summary>One paragraph as the emitter reads it: its text, and whether it is the credit line.</summary>
public sealed record ParagraphContent(string Text, bool IsCredit);
