using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Parsing;

namespace NewsGen.Generation;

/// <summary>
/// One parse of each article file per compilation, shared by the generator and the analyzer.
/// </summary>
/// <remarks>
/// The compiler hands the generator and the analyzers the same <see cref="SourceText"/> of each additional file,
/// and both need the article parsed with the same paragraph rule; without this the analyzer parsed every article a
/// second time (about as long as the generator's own run, docs/performance.md). Both tables are keyed by object
/// identity and hold their keys weakly: an entry lives exactly as long as the compiler keeps that file's text, so
/// nothing outlives a compilation, and in the IDE each new text of a file is simply parsed again. The parse is a
/// pure function of the text and the rule, so whoever asks first computes what the other would have.
/// </remarks>
internal static class ArticleParseCache
{
    private static readonly ConditionalWeakTable<SourceText, string> Texts = new();
    private static readonly ConditionalWeakTable<string, Parses> ParsesByText = new();

    /// <summary>The text of <paramref name="source"/> as one string, the same instance for every caller.</summary>
    public static string? TextOf(SourceText? source) => source is null ? null : Texts.GetValue(source, static text => text.ToString());

    /// <summary><see cref="ArticleParser.Parse(string, ParagraphRule, CancellationToken)"/> of <paramref name="text"/>, computed once per string instance and rule.</summary>
    public static ParsedArticle Parse(string text, ParagraphRule rule, CancellationToken cancellationToken)
    {
        Parses parses = ParsesByText.GetOrCreateValue(text);
        if (parses.Find(rule) is { } known)
        {
            return known;
        }

        // Parsed outside the lock: two first callers at once both parse, and the results are equal.
        ParsedArticle parsed = ArticleParser.Parse(text, rule, cancellationToken);
        parses.Add(rule, parsed);
        return parsed;
    }

    // A project uses one rule per file, so this is nearly always one entry; the list keeps the rare second.
    private sealed class Parses
    {
        private readonly System.Collections.Generic.List<(ParagraphRule Rule, ParsedArticle Article)> _entries = new(1);

        public ParsedArticle? Find(ParagraphRule rule)
        {
            lock (_entries)
            {
                foreach ((ParagraphRule Rule, ParsedArticle Article) entry in _entries)
                {
                    if (entry.Rule == rule)
                    {
                        return entry.Article;
                    }
                }

                return null;
            }
        }

        public void Add(ParagraphRule rule, ParsedArticle article)
        {
            lock (_entries)
            {
                _entries.Add((rule, article));
            }
        }
    }
}
