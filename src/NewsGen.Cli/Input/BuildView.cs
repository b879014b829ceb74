using System.Collections.Generic;
using NewsGen.Cli.Checking;

namespace NewsGen.Cli.Input;

/// <summary>
/// What a build of the inputs would hand the analyzer: the article items with their metadata, the NewsGen
/// properties, and where severities come from. A project gives its own (evaluated by MSBuild); plain files and
/// folders give what a project listing them as <c>NewsArticle</c> items would (see <see cref="ArticleFileSet"/>).
/// </summary>
/// <param name="Articles">The article items, in the order they are checked and printed.</param>
/// <param name="Properties">Compiler-visible properties by name (no <c>build_property.</c> prefix).</param>
/// <param name="Severities">The severity configuration the build applies.</param>
/// <param name="ProjectPath">The project evaluated; null for plain files and folders.</param>
internal sealed record BuildView(IReadOnlyList<ArticleItem> Articles, IReadOnlyDictionary<string, string> Properties, SeverityConfiguration Severities, string? ProjectPath);
