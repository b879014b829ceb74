using System;
using NewsGen.Model;

namespace NewsGen.Generation.Layout;

/// <summary>
/// One article-level member of the generated code: the constant on the article type, the property of the
/// views' data that holds it, and (where <see cref="ViewSummary"/> is set) the member of the public
/// <c>NewsArticle</c> view. Everything that names, fills or reads the member comes from this one row.
/// </summary>
/// <param name="Name">The member's name, the same on the article type, the data and the view.</param>
/// <param name="Kind">What the member holds.</param>
/// <param name="Value">The member's value for an article (id, content): a string, an int or a bool by <paramref name="Kind"/>.</param>
/// <param name="Summary">The XML doc summary of the constant, for an article.</param>
/// <param name="ViewSummary">The XML doc summary of the view's member, or null when the view does not expose it.</param>
internal sealed record ArticleSlot(
    string Name,
    SlotKind Kind,
    Func<string, ArticleContent, object> Value,
    Func<string, ArticleContent, string> Summary,
    string? ViewSummary)
{
    /// <summary>The C# type of the member.</summary>
    public string TypeName => Kind switch
    {
        SlotKind.Text => "string",
        SlotKind.Number => "int",
        _ => "bool",
    };

    /// <summary>The parameter name the views' data constructor takes a text slot by.</summary>
    public string ParameterName => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    /// <summary>The slot's value as it goes into the table of numbers.</summary>
    public int Number(string id, ArticleContent content) => Kind == SlotKind.Flag ? ((bool)Value(id, content) ? 1 : 0) : (int)Value(id, content);
}
