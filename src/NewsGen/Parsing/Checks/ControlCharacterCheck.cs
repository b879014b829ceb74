using System.Collections.Generic;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS005: control characters in the text: C0 controls other than tab and the line ends LF and CR, DEL, and
/// the C1 controls U+0080–U+009F (U+0085 included: it is not a line end in an article, and in scraped copy it
/// is usually a mis-decoded ellipsis). No reader sees them, yet they travel into every string NewsGen emits.
/// C1 controls that are part of text decoded twice (U+0083 in "Ã\u0083") are that fault, NEWS017, and
/// <see cref="ArticleChecks"/> does not report them here again.
/// </summary>
public static class ControlCharacterCheck
{
    /// <summary>One problem per run of adjacent control characters.</summary>
    public static IEnumerable<ArticleProblem> Find(string text) => CharacterRuns.Find(text, DiagnosticIds.ControlCharacter, IsForbidden);

    /// <summary>True for a control character an article may not hold.</summary>
    public static bool IsForbidden(char c) =>
        c is (< '\u0020' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F');
}
