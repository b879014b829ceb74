using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsGen.Parsing;

namespace NewsGen.Benchmarks.BuildCost;

/// <summary>
/// The baseline of benchmarks/build-cost.sh: the code a user would write by hand to embed the same articles
/// without NewsGen. For each article one <c>.cs</c> file (same folders as the <c>.txt</c> files) with a static class
/// of <c>const string</c> fields: the whole text, one per paragraph and one per quote. Paragraphs and quotes come
/// from NewsGen's own parser, so both sides of the comparison hold the very same pieces of text.
/// </summary>
internal static class ConstantsWriter
{
    /// <summary>Writes the constants for every <c>*.txt</c> under <paramref name="articles"/>; returns the number of files.</summary>
    public static int Write(string articles, string output, ParagraphRule rule)
    {
        string[] files = Directory.GetFiles(articles, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var code = new StringBuilder();
        for (int i = 0; i < files.Length; i++)
        {
            // File.ReadAllText decodes as the compiler does for an AdditionalFile: UTF-8 unless a BOM says otherwise.
            string text = File.ReadAllText(files[i]);
            ParsedArticle parsed = ArticleParser.Parse(text, rule);
            string relative = Path.GetRelativePath(articles, files[i]);

            code.Clear();
            code.Append("namespace Corpus.Constants\n{\n");
            code.Append("    /// <summary>").Append(Xml(relative)).Append("</summary>\n");
            code.Append("    public static class Article").Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append("\n    {\n");
            Constant(code, "Text", text);
            for (int p = 0; p < parsed.Paragraphs.Count; p++)
            {
                Constant(code, "Paragraph" + (p + 1).ToString(CultureInfo.InvariantCulture), parsed.Paragraphs[p].Text);
            }

            for (int q = 0; q < parsed.Quotes.Count; q++)
            {
                Constant(code, "Quote" + (q + 1).ToString(CultureInfo.InvariantCulture), parsed.Quotes[q].Text);
            }

            code.Append("    }\n}\n");
            string target = Path.Combine(output, Path.ChangeExtension(relative, ".cs"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, code.ToString(), new UTF8Encoding(false));
        }

        return files.Length;
    }

    private static void Constant(StringBuilder code, string name, string value) =>
        code.Append("        public const string ").Append(name).Append(" = ").Append(Literal(value)).Append(";\n");

    /// <summary>A regular C# string literal; everything a literal cannot hold as is (quotes, backslashes, line
    /// terminators, other control characters, lone surrogates) is written as an escape.</summary>
    private static string Literal(string value)
    {
        var literal = new StringBuilder(value.Length + 16).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
            if (c == '"' || c == '\\')
            {
                literal.Append('\\').Append(c);
            }
            else if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || !paired)
            {
                literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                literal.Append(c);
            }
        }

        return literal.Append('"').ToString();
    }

    private static string Xml(string text) =>
        string.Concat(text.Select(c => c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => c.ToString() }));
}
