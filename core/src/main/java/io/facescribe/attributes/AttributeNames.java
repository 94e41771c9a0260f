package io.facescribe.attributes;

import java.util.List;

/** The 40 CelebA attributes, in the order and spelling of CelebA's {@code list_attr_celeba.txt}. */
public final class AttributeNames {

    public static final List<String> ALL = List.of(
            "5_o_Clock_Shadow", "Arched_Eyebrows", "Attractive", "Bags_Under_Eyes", "Bald", "Bangs", "Big_Lips",
            "Big_Nose", "Black_Hair", "Blond_Hair", "Blurry", "Brown_Hair", "Bushy_Eyebrows", "Chubby",
            "Double_Chin", "Eyeglasses", "Goatee", "Gray_Hair", "Heavy_Makeup", "High_Cheekbones", "Male",
            "Mouth_Slightly_Open", "Mustache", "Narrow_Eyes", "No_Beard", "Oval_Face", "Pale_Skin", "Pointy_Nose",
            "Receding_Hairline", "Rosy_Cheeks", "Sideburns", "Smiling", "Straight_Hair", "Wavy_Hair",
            "Wearing_Earrings", "Wearing_Hat", "Wearing_Lipstick", "Wearing_Necklace", "Wearing_Necktie", "Young");

    private AttributeNames() {
    }

    public static int indexOf(String name) {
        int i = ALL.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("not a CelebA attribute: " + name + " (expected one of " + ALL + ")");
        }
        return i;
    }
}
