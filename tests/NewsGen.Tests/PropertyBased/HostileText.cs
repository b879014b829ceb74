using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// Generators of article text meant to break a generator: every Unicode category, lone surrogates, controls,
/// every line break C# or the parser knows, characters that close literals, comments and XML, preprocessor
/// marks, bidirectional controls, byte order marks in the middle, and very long lines.
/// </summary>
internal static class HostileText
{
    /// <summary>The bidirectional controls of "Trojan Source" (CVE-2021-42574) and the implicit marks.</summary>
    public static readonly char[] BidiControls =
    {
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
    };

    /// <summary>Pieces of text that end or open something in generated C# or XML, or that the parser treats specially.</summary>
    public static readonly string[] Tokens =
    {
        "\"", "\\", "\\\"", "\\u0022", "\\n", "'", "\"\"\"", "@\"", "$\"", "{", "}", "{{", "}}", "u8", "\"u8", "\";", "\"); }",
        "*/", "/*", "//", "///", "</summary>", "<summary>", "</c>", "<c>", "]]>", "<![CDATA[", "<!--", "-->", "&", "&amp;", "&#0;", "<", ">",
        "#", "#if X", "#endif", "#error", "#line 1", "#nullable disable", "#pragma warning disable", "\n#region x\n",
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD",
        "\r", "\n", "\r\n", "\n\r", "\t", "\v", "\f", "\u00A0", "\u1680", "\u2000", "\u3000", "\u200B", "\u00AD",
        "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D",
        "\u201C", "\u201D", "\u2018", "\u2019", "\u2026", "\u2014", "\u00B6",
        ". ", "Mr. ", "U.S. ", "a.a.a.", "...", "?\" ", "!) ",
        " contributed to this report.", "Additional reporting by ", "'s ", " of ",
        "Paragraph1", "Text", "class", "static", "global::", "}\n}\nnamespace X {",
    };

    private static readonly Gen<string> BmpByCategory = BuildBmpByCategory();

    private static readonly Gen<string> Supplementary =
        Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Bidi = Gen.OneOf(BidiControls).Select(c => c.ToString());

    private static readonly Gen<string> Token = Gen.OneOf(Tokens);

    private static readonly Gen<string> Word = Gen.String[Gen.Char.AlphaNumeric, 1, 12];

    private static readonly Gen<string> Space = Gen.OneOf(" ", " ", "  ", "\t", "\u00A0", "\u3000");

    private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\u0085");

    private static readonly Gen<string> AnyCodeUnit = Gen.Char[char.MinValue, char.MaxValue].Select(c => c.ToString());

    // A run of one piece repeated: a very long line (up to 20,000 characters) without or with spaces.
    private static readonly Gen<string> LongRun =
        Gen.Select(Gen.OneOf(Word, Token, BmpByCategory), Gen.Int[100, 20_000]).Select((piece, length) => Repeat(piece, length));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, (IGen<string>)Word),
        (6, Space),
        (4, LineBreak),
        (6, Token),
        (5, BmpByCategory),
        (1, Supplementary),
        (2, Bidi),
        (2, AnyCodeUnit));

    /// <summary>Any text: 0 to 60 pieces, sometimes with a very long line among them.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
            (20, (IGen<string[]>)Piece.Array[0, 60]),
            (1, Gen.Select(Piece.Array[0, 20], LongRun, Piece.Array[0, 20]).Select((a, run, b) => a.Append(run).Concat(b).ToArray())))
        .Select(pieces => string.Concat(pieces));

    /// <summary>Text shaped like an article (words, sentences, paragraphs, an optional title) with hostile pieces mixed in.</summary>
    public static readonly Gen<string> ArticleLike =
        Gen.Select(
            Gen.Bool,
            Gen.Frequency((6, (IGen<string>)Word), (3, Space), (2, Token), (1, BmpByCategory), (1, Bidi), (1, Supplementary)).Array[1, 12].Select(string.Concat),
            Gen.Frequency((10, (IGen<string>)Word), (6, Space), (1, Token), (1, BmpByCategory), (1, Bidi), (1, Supplementary)).Array[0, 40].Select(string.Concat).Array[0, 8],
            LineBreak)
        .Select((hasTitle, title, paragraphs, lineBreak) =>
            (hasTitle ? title + lineBreak + lineBreak : string.Empty) + string.Join(lineBreak, paragraphs.Select(p => p + ".")));

    /// <summary>Either kind of text.</summary>
    public static readonly Gen<string> AnyArticle = Gen.OneOf(Text, ArticleLike);

    /// <summary>File names without extension: hostile text, keywords, reserved member names, digits, punctuation.</summary>
    public static readonly Gen<string> FileStem = Gen.Frequency(
        (4, (IGen<string>)Word),
        (2, Gen.OneOf(
            "class", "int", "System", "Object", "String", "Data", "Article", "NewsCorpus", "NewsArticle", "Instance",
            "Equals", "GetHashCode", "ToString", "GetType", "Count", "Articles", "TryGet", "Get", "GetParagraph",
            "GetParagraphUtf8", "Paragraph1", "Paragraph1Utf8", "Text", "TextUtf8", "Id", "Test", "global", "Enumerator",
            "1", "007", "a-b", "a_b", "A B", "v1.2.final", "caf\u00E9", "\u65E5\u672C", "---", "...", "_", "\u00C5ngstr\u00F6m")),
        (2, Gen.Frequency((3, (IGen<string>)Word), (1, Token), (1, BmpByCategory), (1, Bidi), (1, Space)).Array[1, 6].Select(string.Concat)));

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    // Picks a category first, then a character of it, so rare categories (Zl, Zp, Cs, Pc, Me, ...) come up as
    // often as letters do.
    private static Gen<string> BuildBmpByCategory()
    {
        var byCategory = new Dictionary<UnicodeCategory, List<char>>();
        for (int code = 0; code <= char.MaxValue; code++)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory((char)code);
            if (!byCategory.TryGetValue(category, out List<char>? chars))
            {
                byCategory[category] = chars = new List<char>();
            }

            chars.Add((char)code);
        }

        Gen<string>[] perCategory = byCategory
            .OrderBy(pair => pair.Key)
            .Select(pair => Gen.OneOf(pair.Value.ToArray()).Select(c => c.ToString()))
            .ToArray();
        return Gen.OneOf(perCategory);
    }
}
