using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Cli.Input;

/// <summary>An article file as the compiler hands it to the generator: its path and its text (null when unreadable or not read).</summary>
internal sealed class ArticleText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
