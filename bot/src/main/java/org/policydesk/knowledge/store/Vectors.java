package org.policydesk.knowledge.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embeddings as they are stored: unit length, float32 little-endian. */
public final class Vectors {

    private Vectors() {}

    /** The dot product of two vectors of one length: their cosine similarity when both are unit vectors. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    public static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /**
     * Unit vectors packed as int8 with one float scale each: a quarter of the space of float32, and
     * cosine rankings indistinguishable for sentence selection.
     */
    public static byte[] packInt8(float[][] vectors) {
        int dimensions = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(8 + vectors.length * (Float.BYTES + dimensions)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(vectors.length).putInt(dimensions);
        byte[] quantized = new byte[dimensions];
        for (float[] v : vectors) {
            buffer.putFloat(quantizeInt8(v, quantized, 0)).put(quantized);
        }
        return buffer.array();
    }

    /**
     * Writes a vector as int8 into {@code target} at {@code offset}, its largest component as ±127;
     * returns the scale back to floats.
     */
    public static float quantizeInt8(float[] vector, byte[] target, int offset) {
        float max = 1e-12f;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 127f;
        for (int d = 0; d < vector.length; d++) {
            target[offset + d] = (byte) Math.round(vector[d] / scale);
        }
        return scale;
    }

    public static float[][] unpackInt8(byte[] packed) {
        ByteBuffer buffer = ByteBuffer.wrap(packed).order(ByteOrder.LITTLE_ENDIAN);
        int count = buffer.getInt();
        int dimensions = buffer.getInt();
        float[][] vectors = new float[count][dimensions];
        for (int i = 0; i < count; i++) {
            float scale = buffer.getFloat();
            for (int d = 0; d < dimensions; d++) {
                vectors[i][d] = buffer.get() * scale;
            }
            vectors[i] = normalized(vectors[i]);
        }
        return vectors;
    }

    public static void readInto(byte[] bytes, float[] target, int offset, int dimensions) {
        if (bytes.length != dimensions * Float.BYTES) {
            throw new StoreException("a stored embedding has " + bytes.length / Float.BYTES
                    + " dimensions, the model has " + dimensions + "; rebuild the store");
        }
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, dimensions);
    }
}
