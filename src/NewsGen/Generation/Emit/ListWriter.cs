namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes a read-only list struct with a struct enumerator: <c>foreach</c> binds to the public
/// <c>GetEnumerator()</c> and allocates nothing, while the explicit <c>IReadOnlyList&lt;T&gt;</c>
/// implementation keeps LINQ and other interface-based code working.
/// </summary>
internal static class ListWriter
{
    public static void Write(SourceWriter w, string name, string item, string summary, string[] fields, string? constructor, string count, string itemAt)
    {
        string collections = "global::System.Collections.";
        w.Line("/// <summary>" + summary + "</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + name + " : " + collections + "Generic.IReadOnlyList<" + item + ">");
        foreach (string field in fields)
        {
            w.Line(field);
        }

        if (constructor is not null)
        {
            w.Line();
            foreach (string line in constructor.Split('\n'))
            {
                w.Line(line);
            }
        }

        if (fields.Length > 0 || constructor is not null)
        {
            w.Line();
        }

        w.Line("/// <summary>The number of items.</summary>");
        w.Line("public int Count => " + count + ";");
        w.Line();
        w.Line("/// <summary>The item at <paramref name=\"index\"/> (0-based).</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"index\"/> is negative or not less than <see cref=\"Count\"/>.</exception>");
        w.Line("public " + item + " this[int index] => (uint)index < (uint)Count ? " + itemAt + " : throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Line();
        w.Line("/// <summary>Returns a struct enumerator; <c>foreach</c> uses it without allocating.</summary>");
        w.Line("public Enumerator GetEnumerator() => new Enumerator(this);");
        w.Line();
        w.Line(collections + "Generic.IEnumerator<" + item + "> " + collections + "Generic.IEnumerable<" + item + ">.GetEnumerator() => GetEnumerator();");
        w.Line();
        w.Line(collections + "IEnumerator " + collections + "IEnumerable.GetEnumerator() => GetEnumerator();");
        w.Line();
        w.Line("/// <summary>Enumerates the items in order without allocating.</summary>");
        w.Open("public struct Enumerator : " + collections + "Generic.IEnumerator<" + item + ">");
        w.Line("private readonly " + name + " _list;");
        w.Line("private int _index;");
        w.Line();
        w.Open("internal Enumerator(" + name + " list)");
        w.Line("_list = list;");
        w.Line("_index = -1;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The item at the enumerator's position.</summary>");
        w.Line("public " + item + " Current => _list[_index];");
        w.Line();
        w.Line("object " + collections + "IEnumerator.Current => Current;");
        w.Line();
        w.Line("/// <summary>Moves to the next item; false after the last.</summary>");
        w.Line("public bool MoveNext() => ++_index < _list.Count;");
        w.Line();
        w.Line("/// <summary>Moves back before the first item.</summary>");
        w.Line("public void Reset() => _index = -1;");
        w.Line();
        w.Line("/// <summary>Does nothing: the enumerator holds no resources.</summary>");
        w.Line("public void Dispose()");
        w.Line("{");
        w.Line("}");
        w.Close();
        w.Close();
    }
}
