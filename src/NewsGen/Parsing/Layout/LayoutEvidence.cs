namespace NewsGen.Parsing.Layout;

/// <summary>
/// What <see cref="LayoutDetector"/> read from an article's body lines: whether they are hard-wrapped, at which
/// column, and the first line that wraps (where NEWS018 points). Plain data, value-equatable.
/// </summary>
/// <param name="IsHardWrapped">True when the file's paragraphs are wrapped at a steady column (see <see cref="LayoutDetector"/>).</param>
/// <param name="WrapColumn">The column the lines are wrapped at, in characters (0 when no line is followed directly by another).</param>
/// <param name="WrappingLines">How many lines wrap: end mid-sentence because the next word would not have fit.</param>
/// <param name="FollowedLines">How many lines are followed directly (no blank line between) by another line.</param>
/// <param name="FirstWrappingLine">The first line that wraps, or null when none does.</param>
public sealed record LayoutEvidence(bool IsHardWrapped, int WrapColumn, int WrappingLines, int FollowedLines, ArticleLine? FirstWrappingLine)
{
    /// <summary>The evidence of a file with no line followed directly by another: nothing wraps.</summary>
    public static LayoutEvidence None { get; } = new(false, 0, 0, 0, null);
}
