using System;
using System.Collections.Generic;
using NewsGen.Generation.Emit;

namespace NewsGen.Generation;

/// <summary>
/// Names the generated code uses for its own types and members. An article type may not take one of them
/// (C# forbids a member named like its type, and a type named like a view would hide it), so the name table
/// puts <c>Article</c> in front of any article name listed here.
/// </summary>
internal static class GeneratedNames
{
    public const string DefaultCorpusTypeName = "NewsCorpus";
    public const string ArticleView = "NewsArticle";
    public const string ParagraphView = "NewsParagraph";
    public const string ParagraphList = "NewsParagraphList";
    public const string ArticleList = "NewsArticleList";
    public const string ArticleData = "NewsArticleData";
    public const string QuoteView = "NewsQuote";
    public const string QuoteKindEnum = "NewsQuoteKind";
    public const string SpeakerKindEnum = "NewsSpeakerKind";
    public const string QuoteList = "NewsQuoteList";
    public const string SpeakerView = "NewsSpeaker";
    public const string SpeakerList = "NewsSpeakerList";
    public const string CorpusSpeakerView = "NewsCorpusSpeaker";
    public const string CorpusSpeakerList = "NewsCorpusSpeakerList";
    public const string CorpusSpeakerData = "NewsCorpusSpeakerData";
    public const string CorpusQuoteList = "NewsCorpusQuoteList";
    public const string SpeakerAppearanceList = "NewsSpeakerAppearanceList";
    public const string AuthorView = "NewsAuthor";
    public const string AuthorList = "NewsAuthorList";
    public const string TagList = "NewsTagList";
    public const string MetadataEntry = "NewsMetadataEntry";
    public const string MetadataList = "NewsMetadataList";
    public const string NestedData = ArticleEmitter.DataField;

    private static readonly string[] TypeNames =
    {
        ArticleView, ParagraphView, ParagraphList, ArticleList, ArticleData, QuoteView, QuoteKindEnum, SpeakerKindEnum, QuoteList, SpeakerView, SpeakerList,
        CorpusSpeakerView, CorpusSpeakerList, CorpusSpeakerData, CorpusQuoteList, SpeakerAppearanceList,
        AuthorView, AuthorList, TagList, MetadataEntry, MetadataList,
    };

    // The article type's own members: the layout table's constants and the members written beside them.
    private static readonly HashSet<string> ArticleMembers = MemberNames();

    /// <summary>True when <paramref name="name"/> is one of the shared view types (compared ignoring case, like generated file names).</summary>
    public static bool IsViewTypeName(string name)
    {
        foreach (string typeName in TypeNames)
        {
            if (string.Equals(name, typeName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an article type may not be called <paramref name="name"/>.</summary>
    public static bool IsReserved(string name, string corpusTypeName)
    {
        if (ArticleMembers.Contains(name) || string.Equals(name, corpusTypeName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IsViewTypeName(name))
        {
            return true;
        }

        // Paragraph1, Paragraph1Utf8, Quote1, ...: the per-paragraph and per-quote members.
        return IsNumberedMember(name, "Paragraph") || IsNumberedMember(name, "Quote");
    }

    public static string Quote(int index) => "Quote" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Paragraph(int index) => "Paragraph" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static HashSet<string> MemberNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "TextUtf8", "ParagraphUtf8", "Article", NestedData };
        foreach (Layout.ArticleSlot slot in Layout.ArticleLayout.Slots)
        {
            names.Add(slot.Name);
        }

        return names;
    }

    private static bool IsNumberedMember(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        string rest = name.Substring(prefix.Length);
        if (rest.EndsWith("Utf8", StringComparison.Ordinal))
        {
            rest = rest.Substring(0, rest.Length - 4);
        }

        if (rest.Length == 0)
        {
            return false;
        }

        foreach (char c in rest)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
