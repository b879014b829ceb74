using NewsGen.Generation.Options;

namespace NewsGen.Generation;

/// <summary>
/// Everything about the consuming project that shapes the generated code, reduced to plain values before any
/// combine so that a change elsewhere in the project never invalidates the articles.
/// </summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="CorpusTypeName">The name of the corpus entry type.</param>
/// <param name="NullableAnnotations">True when the consumer's C# version has <c>#nullable</c> (8 and later).</param>
/// <param name="Utf8Spans">True when <c>u8</c> literals and <c>ReadOnlySpan&lt;byte&gt;</c> are available (C# 11 and the type).</param>
/// <param name="Storage">Whether the views load string constants or decode UTF-8 (see <see cref="UserStringBudget"/>).</param>
/// <param name="SpanDecoding">True when <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> exists (not on netstandard2.0).</param>
/// <param name="DateOnly">True when <c>System.DateOnly</c> exists (.NET 6 and later), so the views offer the date as one.</param>
internal sealed record EmitSettings(string Namespace, string CorpusTypeName, bool NullableAnnotations, bool Utf8Spans, ViewStorage Storage = ViewStorage.Strings, bool SpanDecoding = true, bool DateOnly = false)
{
    /// <summary>
    /// The fully qualified name of a generated type. Generated code refers to article types this way, so an article
    /// named like a member in scope (<c>Count</c>, <c>Instance</c>, <c>GetParagraph</c>, <c>Equals</c>) never binds to that member.
    /// </summary>
    public string Qualified(string typeName) => "global::" + Namespace + "." + typeName;
}

/// <summary>What the generator needs to know of the compilation: which framework APIs exist.</summary>
internal sealed record FrameworkFacts(bool HasReadOnlySpan, bool HasSpanDecoding, bool HasDateOnly = false);

/// <summary>The project's NewsGen properties, as read for the whole compilation.</summary>
internal sealed record ProjectSettings(string Namespace, string CorpusTypeName, StorageOption Storage);
