using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Model;
using Xunit;

namespace NewsGen.Tests.Model;

/// <summary>
/// The one equatable collection of the generator's models: pipeline caching is only as good as its equality, so
/// every way two arrays can be compared (typed, as object, by hash, by operator) must agree.
/// </summary>
public sealed class EquatableArrayTests
{
    private static EquatableArray<string> Of(params string[] items) => new(items);

    [Fact]
    public void Arrays_with_equal_elements_in_order_are_equal_however_they_are_compared()
    {
        // Equal strings that are distinct objects: equality must look at the elements, not at references.
        EquatableArray<string> left = Of("a", new string('b', 2));
        EquatableArray<string> right = Of("a", new string('b', 2));

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" })]
    [InlineData(new[] { "a", "b" }, new[] { "a" })]
    [InlineData(new[] { "a" }, new string[0])]
    public void Arrays_that_differ_in_an_element_its_order_or_their_length_are_not_equal(string[] first, string[] second)
    {
        EquatableArray<string> left = Of(first);
        EquatableArray<string> right = Of(second);

        Assert.False(left.Equals(right));
        Assert.False(right.Equals(left));
        Assert.False(left.Equals((object)right));
        Assert.False(left == right);
        Assert.True(left != right);
    }

    [Fact]
    public void Equals_object_is_false_for_null_and_for_other_types()
    {
        EquatableArray<string> array = Of("a");

        Assert.False(array.Equals(null));
        Assert.False(array.Equals((object)new[] { "a" }));
        Assert.False(array.Equals((object)"a"));
    }

    [Fact]
    public void The_default_instance_the_empty_instance_and_an_empty_array_are_one_empty_value()
    {
        EquatableArray<string> none = default;
        EquatableArray<string> empty = EquatableArray<string>.Empty;
        EquatableArray<string> wrapped = Of();
        EquatableArray<string> copied = new(Enumerable.Empty<string>());

        foreach (EquatableArray<string> array in new[] { none, empty, wrapped, copied })
        {
            int count = array.Count;
            Assert.Equal(0, count);
            Assert.Empty(array);
            Assert.True(array == none);
            Assert.True(none.Equals((object)array));
            Assert.Equal(none.GetHashCode(), array.GetHashCode());
            Assert.Throws<IndexOutOfRangeException>(() => array[0]);
        }

        Assert.NotEqual(none, Of(string.Empty));
    }

    [Fact]
    public void Elements_read_back_in_order_by_index_and_by_enumeration()
    {
        EquatableArray<int> array = new(new List<int> { 3, 1, 2 });

        Assert.Equal(3, array.Count);
        Assert.Equal(new[] { 3, 1, 2 }, new[] { array[0], array[1], array[2] });
        Assert.Equal(new[] { 3, 1, 2 }, array.ToArray());
    }

    [Fact]
    public void Element_equality_is_the_elements_own_including_value_records()
    {
        EquatableArray<Pair> left = new(new[] { new Pair("x", 1), new Pair("y", 2) });
        EquatableArray<Pair> right = new(new[] { new Pair("x", 1), new Pair("y", 2) });
        EquatableArray<Pair> other = new(new[] { new Pair("x", 1), new Pair("y", 3) });

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, other);
    }

    [Fact]
    public void Hash_codes_tell_typical_different_arrays_apart()
    {
        // Not a requirement of equality, but a hash that ignored order or elements would make every cache lookup a
        // linear search: these pairs differ only in order or in one element.
        Assert.NotEqual(Of("a", "b").GetHashCode(), Of("b", "a").GetHashCode());
        Assert.NotEqual(Of("a", "b").GetHashCode(), Of("a", "c").GetHashCode());
        Assert.NotEqual(Of("a").GetHashCode(), Of().GetHashCode());
    }

    [Fact]
    public void Equal_arrays_find_each_other_in_a_hash_set()
    {
        var set = new HashSet<EquatableArray<string>> { Of("a", "b") };

        Assert.Contains(Of("a", "b"), set);
        Assert.DoesNotContain(Of("a"), set);
    }

    private sealed record Pair(string Name, int Value);
}
