namespace NewsGen.Parsing.Checks;

/// <summary>A place in an article file as editors and compilers show it.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units from the start of the line.</param>
public readonly record struct TextPosition(int Line, int Column);
