using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// Maps offsets in an article's decoded text to lines and columns by the parser's rule: LF, CRLF and CR end
/// lines; U+0085, U+2028 and U+2029 do not. A leading byte order mark is not a column: line 1 starts after it,
/// as <see cref="ArticleParser"/> counts. Columns count UTF-16 code units, as Roslyn's line positions do.
/// </summary>
public sealed class TextPositions
{
    private readonly int[] _lineStarts;

    private TextPositions(int[] lineStarts) => _lineStarts = lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/> once; look-ups are then logarithmic.</summary>
    public static TextPositions Of(string text)
    {
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return new TextPositions(starts.ToArray());
    }

    /// <summary>The line and column of <paramref name="offset"/>; the end of the text is a valid offset.</summary>
    public TextPosition PositionOf(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            // Not a line start: the line is the last one starting before the offset. An offset inside a
            // leading byte order mark (index 0 of line 1) stays at column 1.
            index = Math.Max(0, ~index - 1);
        }

        return new TextPosition(index + 1, Math.Max(1, offset - _lineStarts[index] + 1));
    }
}
